/* TRUTH: free — atomic_flag_test_and_set (seq_cst) / atomic_flag_clear (seq_cst) form a lock; `log_len` and `log_buf` are accessed only inside it. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
static atomic_flag guard = ATOMIC_FLAG_INIT;
static char log_buf[256];
static int log_len;
#define LOCKED(stmt) do { while (atomic_flag_test_and_set(&guard)) ; stmt; atomic_flag_clear(&guard); } while (0)
static void *logger(void *a) {
    char c = (char)(intptr_t)a;
    for (int i = 0; i < 100; i++)
        LOCKED(if (log_len < 255) log_buf[log_len++] = c);
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, logger, (void *)(intptr_t)'a');
    pthread_create(&b, NULL, logger, (void *)(intptr_t)'b');
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %c\n", log_len, log_buf[0]);
    return 0;
}
