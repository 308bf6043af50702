/* TRUTH: free — exactly one of A (writes g) or B (writes g) is started, chosen by argc; then main joins it before reading g. Only one thread ever touches g concurrently with nobody. */
#include <pthread.h>
int g;
void *A(void *a) { g = 1; return 0; }
void *B(void *a) { g = 2; return 0; }
int main(int argc, char **argv)
{
    pthread_t t;
    if (argc > 1)
        pthread_create(&t, 0, A, 0);
    else
        pthread_create(&t, 0, B, 0);
    pthread_join(t, 0);
    return g;
}
