/* TRUTH: free — threads given 0 and 1 write slot[!(long)p] = slot[1] and slot[0]. */
#include <pthread.h>
int slot[4];
void *w(void *p) { slot[!(long)p] = 1; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, w, (void *)0);
    pthread_create(&y, 0, w, (void *)1);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return slot[0];
}
