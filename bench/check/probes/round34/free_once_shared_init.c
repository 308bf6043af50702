/* TRUTH: free — both modules call pthread_once on the same global once object tbl_once, so build_table (writes line 10) runs once and completes before either module reads the table (line 13, line 14). */
#include <pthread.h>
#include <stdio.h>

static pthread_once_t tbl_once = PTHREAD_ONCE_INIT;
static int crc_table[16];

static void build_table(void) {
    for (int i = 0; i < 16; i++)
        crc_table[i] = i * 7 + 1; // @A
}

static void *module_a(void *arg) { (void)arg; pthread_once(&tbl_once, build_table); return (void *)(long)crc_table[1]; } // @B
static void *module_b(void *arg) { (void)arg; pthread_once(&tbl_once, build_table); return (void *)(long)crc_table[2]; } // @C

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, module_a, NULL);
    pthread_create(&b, NULL, module_b, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
