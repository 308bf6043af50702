/* TRUTH: race-free. Double-checked locking done right: 'initialized' is atomic, published with a release store after the table is filled under init_lock, and tested with an acquire load before the table is read. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define TSIZE 256
static int crc_table[TSIZE];
static atomic_int initialized;
static pthread_mutex_t init_lock = PTHREAD_MUTEX_INITIALIZER;

static void build_table(void)
{
    for (int i = 0; i < TSIZE; i++) {
        unsigned c = (unsigned)i;
        for (int k = 0; k < 8; k++)
            c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[i] = (int)c;
    }
}

static const int *get_table(void)
{
    if (!atomic_load_explicit(&initialized, memory_order_acquire)) {
        pthread_mutex_lock(&init_lock);
        if (!atomic_load_explicit(&initialized, memory_order_relaxed)) {
            build_table();
            atomic_store_explicit(&initialized, 1, memory_order_release);
        }
        pthread_mutex_unlock(&init_lock);
    }
    return crc_table;
}

static void *hasher(void *arg)
{
    const char *s = arg;
    const int *t = get_table();
    unsigned c = 0xFFFFFFFFu;
    for (; *s; s++)
        c = (unsigned)t[(c ^ (unsigned char)*s) & 0xFF] ^ (c >> 8);
    printf("%08x\n", c ^ 0xFFFFFFFFu);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, hasher, "hello");
    pthread_create(&b, NULL, hasher, "world");
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
