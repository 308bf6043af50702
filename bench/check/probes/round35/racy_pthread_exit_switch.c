/* TRUTH: racy — stop(2) matches no case of the switch (no default) and returns, so w executes `g = 1`, racing with main's `g = 2`. */
#include <pthread.h>
int g;
void stop(int k)
{
    switch (k) {
    case 0: pthread_exit(0);
    case 1: pthread_exit((void *)1);
    }
}
void *w(void *p) { stop(2); g = 1; return 0; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    g = 2;
    pthread_join(t, 0);
    return g;
}
