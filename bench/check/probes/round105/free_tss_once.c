/* TRUTH: free — call_once orders the one tss_create before each thread's tss_set */
#include <pthread.h>
#include <stdlib.h>


#include <threads.h>
static tss_t key;
static once_flag flag = ONCE_FLAG_INIT;
static void make(void) { tss_create(&key, NULL); }
static int worker(void *arg) {
    call_once(&flag, make);
    tss_set(key, arg);
    return 0;
}
int main(void) {
    thrd_t a, b;
    thrd_create(&a, worker, (void *)1);
    thrd_create(&b, worker, (void *)2);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    return 0;
}
