/* TRUTH: racy. &c[1] and c + 1 designate the same int; both instances of inc increment it. */
#include <pthread.h>
static int c[2];
static void *inc(void *p) { (*(int *)p)++; return NULL; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, NULL, inc, &c[1]);
    pthread_create(&y, NULL, inc, c + 1);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    return 0;
}
