/* free: the counter is declared _Atomic, so `cnt++` and `cnt += 2` are atomic
   read-modify-write operations in C11. */
#include <pthread.h>
static _Atomic int cnt;
static void *t(void *x) { (void)x; for (int i = 0; i < 100; i++) { cnt++; cnt += 2; } return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return cnt;
}
