/* TRUTH: free — atomic_fetch_add hands out unique indices; each thread writes only the output cells whose index it received */
#include <pthread.h>
#include <stdatomic.h>
#define LEN 200
static atomic_int next_index;
static int input[LEN];
static int output[LEN];
static void *worker(void *a) {
    (void)a;
    for (;;) {
        int i = atomic_fetch_add(&next_index, 1);
        if (i >= LEN) break;
        output[i] = input[i] * 3 + 1;
    }
    return NULL;
}
int main(void) {
    for (int i = 0; i < LEN; i++) input[i] = i;
    pthread_t t[4];
    for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
    long s = 0;
    for (int i = 0; i < LEN; i++) s += output[i];
    return (int)(s & 0x7f);
}
