/* TRUTH: racy — the two modules guard the shared build_table with two different once objects: build_table may run in both threads at once, writing crc_table (line 10) twice concurrently, and one module may read (line 13/line 14) while the other's build writes. */
#include <pthread.h>
#include <stdio.h>

static pthread_once_t once_a = PTHREAD_ONCE_INIT, once_b = PTHREAD_ONCE_INIT;
static int crc_table[16];

static void build_table(void) {
    for (int i = 0; i < 16; i++)
        crc_table[i] = i * 7 + 1; // @A
}

static void *module_a(void *arg) { (void)arg; pthread_once(&once_a, build_table); return (void *)(long)crc_table[1]; } // @B
static void *module_b(void *arg) { (void)arg; pthread_once(&once_b, build_table); return (void *)(long)crc_table[2]; } // @C

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, module_a, NULL);
    pthread_create(&b, NULL, module_b, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
