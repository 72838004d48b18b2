from enum import StrEnum


class InvokeAIAppConfigHashingAlgorithm(StrEnum):
    BLAKE2B = "blake2b"
    BLAKE2S = "blake2s"
    BLAKE3_MULTI = "blake3_multi"
    BLAKE3_SINGLE = "blake3_single"
    MD5 = "md5"
    RANDOM = "random"
    SHA1 = "sha1"
    SHA224 = "sha224"
    SHA256 = "sha256"
    SHA384 = "sha384"
    SHA3_224 = "sha3_224"
    SHA3_256 = "sha3_256"
    SHA3_384 = "sha3_384"
    SHA3_512 = "sha3_512"
    SHA512 = "sha512"
    SHAKE_128 = "shake_128"
    SHAKE_256 = "shake_256"

    def __str__(self) -> str:
        return str(self.value)
