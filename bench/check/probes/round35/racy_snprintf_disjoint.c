/* TRUTH: racy — snprintf(buf, 16, "%s", "0123456789") writes buf[0..10], including buf[8], which t2 writes concurrently. */
#include <pthread.h>
#include <stdio.h>
char buf[16];
void *t1(void *p) { snprintf(buf, 16, "%s", "0123456789"); return 0; }
void *t2(void *p) { buf[8] = 'x'; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return buf[0] + buf[8];
}
