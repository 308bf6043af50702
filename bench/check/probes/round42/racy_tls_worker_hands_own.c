/* TRUTH: racy — A hands &m to B but B locks its own thread-local &m instead: cnt++ (lines 9 and 18) unordered */
#include <pthread.h>
static __thread pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int cnt;
static void *B(void *a)
{
    (void)a;
    pthread_mutex_lock(&m);
    cnt++;
    pthread_mutex_unlock(&m);
    return 0;
}
static void *A(void *a)
{
    pthread_t tb;
    pthread_create(&tb, 0, B, &m);
    pthread_mutex_lock(&m);
    cnt++;
    pthread_mutex_unlock(&m);
    pthread_join(tb, 0);
    return a;
}
int main(void)
{
    pthread_t ta;
    pthread_create(&ta, 0, A, 0);
    pthread_join(ta, 0);
    return cnt;
}
