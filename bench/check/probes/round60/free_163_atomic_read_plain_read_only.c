/* TRUTH: free — after main initialises limit before creating threads, T1 only reads it with __atomic_load_n and T2 only reads it plainly; concurrent reads never race (no write after the threads start). */
#include <pthread.h>
#include <stdio.h>
static int limit;
static int r1, r2;
static void *t1(void *arg) { r1 = __atomic_load_n(&limit, __ATOMIC_ACQUIRE); return arg; }
static void *t2(void *arg) { r2 = limit; return arg; }
int main(void) {
    pthread_t a, b;
    limit = 64;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", r1, r2);
    return 0;
}
