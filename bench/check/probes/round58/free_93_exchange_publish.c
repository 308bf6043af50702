/* TRUTH: free — writer sets data then atomic_exchange(flag,1) (seq_cst, a release); reader reads data only if its seq_cst (acquire) load of flag saw 1. */
#include <pthread.h>
#include <stdatomic.h>
static int data;
static atomic_int flag;
static int got;
static void *wr(void *arg) { (void)arg; data = 99; atomic_exchange(&flag, 1); return NULL; }
static void *rd(void *arg) { (void)arg; if (atomic_load(&flag)) got = data; return NULL; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, NULL, wr, NULL); pthread_create(&q, NULL, rd, NULL);
    pthread_join(p, NULL); pthread_join(q, NULL);
    return got;
}
