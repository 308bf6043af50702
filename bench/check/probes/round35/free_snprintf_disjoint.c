/* TRUTH: free — snprintf(buf, 4, "%d", 7) writes "7\0" = buf[0..1] (at most 4 bytes); t2 writes buf[8] only. */
#include <pthread.h>
#include <stdio.h>
char buf[16];
void *t1(void *p) { snprintf(buf, 4, "%d", 7); return 0; }
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
