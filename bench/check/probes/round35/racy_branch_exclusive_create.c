/* TRUTH: racy — with argc > 1, A is started into t and then B into u, both before any join; A's `g = 1` and B's `g = 2` are unordered. */
#include <pthread.h>
int g;
void *A(void *a) { g = 1; return 0; }
void *B(void *a) { g = 2; return 0; }
int main(int argc, char **argv)
{
    pthread_t t, u;
    if (argc > 1)
        pthread_create(&t, 0, A, 0);
    else
        pthread_create(&t, 0, B, 0);
    pthread_create(&u, 0, B, 0);
    pthread_join(t, 0);
    pthread_join(u, 0);
    return g;
}
