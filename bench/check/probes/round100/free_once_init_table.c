/* TRUTH: free — the table is filled inside pthread_once; readers call pthread_once before reading */
#include <pthread.h>
#include <stdio.h>

static pthread_once_t table_once = PTHREAD_ONCE_INIT;
static unsigned crc_table[256];

static void make_table(void)
{
    for (unsigned n = 0; n < 256; n++) {
        unsigned c = n;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
        crc_table[n] = c;
    }
}

static unsigned crc32(const char *s)
{
    unsigned c = 0xffffffffu;
    pthread_once(&table_once, make_table);
    while (*s)
        c = crc_table[(c ^ (unsigned char)*s++) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

static void *worker(void *arg)
{
    printf("%s -> %08x\n", (char *)arg, crc32(arg));
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, "alpha");
    pthread_create(&b, NULL, worker, "beta");
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
