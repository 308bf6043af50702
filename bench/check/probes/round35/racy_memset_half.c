/* TRUTH: racy — memset(a, 0, sizeof a / 2) clears a[0..1]; t2 writes a[1] concurrently. */
#include <pthread.h>
#include <string.h>
int a[4];
void *t1(void *p) { memset(a, 0, sizeof a / 2); return 0; }
void *t2(void *p) { a[1] = 5; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return a[3];
}
