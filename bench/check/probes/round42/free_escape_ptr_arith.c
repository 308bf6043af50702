/* TRUTH: free — buf + 1 is kept in a local pointer q; q[0] = 1 and buf[1]++ (lines 8-9) touch each worker's own buf */
#include <pthread.h>
static void *w(void *a)
{
    int buf[3] = {0};
    int *q = buf + 1;
    (void)a;
    q[0] = 1;
    buf[1]++;
    return (void *)(long)buf[1];
}
int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, 0, w, 0);
    pthread_create(&t2, 0, w, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return 0;
}
