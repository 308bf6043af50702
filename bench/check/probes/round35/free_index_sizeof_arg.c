/* TRUTH: free — slot[sizeof(char) * (long)p] is slot[1] and slot[2]. */
#include <pthread.h>
int slot[16];
void *w(void *p) { slot[sizeof(char) * (long)p] = 1; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, w, (void *)1);
    pthread_create(&y, 0, w, (void *)2);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return slot[8];
}
