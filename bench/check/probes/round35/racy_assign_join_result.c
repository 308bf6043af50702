/* TRUTH: racy — `r = g + pthread_join(t, 0)`: the read of g and the join call are unsequenced, so in some execution g is read before the join, concurrently with w's `g = 1`. */
#include <pthread.h>
int g;
void *w(void *a) { g = 1; return 0; }
int main(void)
{
    pthread_t t;
    int r;
    pthread_create(&t, 0, w, 0);
    r = g + pthread_join(t, 0);
    return r;
}
