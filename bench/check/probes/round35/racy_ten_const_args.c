/* TRUTH: racy — ten threads of w with constant args 0..8 and 8 again: the two threads given (void *)8 both write out[8], unordered (all ten created before any join). */
#include <pthread.h>
int out[10];
void *w(void *p) { out[(long)p] = 1; return 0; }
int main(void)
{
    pthread_t t[10];
    pthread_create(&t[0], 0, w, (void *)0);
    pthread_create(&t[1], 0, w, (void *)1);
    pthread_create(&t[2], 0, w, (void *)2);
    pthread_create(&t[3], 0, w, (void *)3);
    pthread_create(&t[4], 0, w, (void *)4);
    pthread_create(&t[5], 0, w, (void *)5);
    pthread_create(&t[6], 0, w, (void *)6);
    pthread_create(&t[7], 0, w, (void *)7);
    pthread_create(&t[8], 0, w, (void *)8);
    pthread_create(&t[9], 0, w, (void *)8);
    for (int i = 0; i < 10; i++)
        pthread_join(t[i], 0);
    return out[8];
}
