/* free: worker a locks A then B, unlocks ptrs[sel] (A) and does x++ still holding B;
   worker b does x++ holding B. */
#include <pthread.h>
static pthread_mutex_t A = PTHREAD_MUTEX_INITIALIZER, B = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *ptrs[2] = { &A, &B };
static int x;
static volatile int sel = 0;
static void *wa(void *a) {
    (void)a;
    pthread_mutex_lock(&A);
    pthread_mutex_lock(&B);
    pthread_mutex_unlock(ptrs[sel]);
    x++;
    pthread_mutex_unlock(ptrs[1 - sel]);
    return 0;
}
static void *wb(void *a) { (void)a; pthread_mutex_lock(&B); x++; pthread_mutex_unlock(&B); return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, wa, 0);
    pthread_create(&b, 0, wb, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return x;
}
