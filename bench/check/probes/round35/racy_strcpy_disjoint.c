/* TRUTH: racy — strcpy(buf, "0123456789ab") writes buf[0..12], including buf[10], which t2 writes concurrently. */
#include <pthread.h>
#include <string.h>
char buf[16];
void *t1(void *p) { strcpy(buf, "0123456789ab"); return 0; }
void *t2(void *p) { buf[10] = 'x'; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return buf[0] + buf[10];
}
