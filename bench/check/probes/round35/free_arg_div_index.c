/* TRUTH: free — threads given (void *)1 and (void *)2 write out[(long)p / 2] = out[0] and out[1]: distinct. */
#include <pthread.h>
int out[4];
void *w(void *p) { out[(long)p / 2] = 1; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, w, (void *)1);
    pthread_create(&y, 0, w, (void *)2);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return out[1];
}
