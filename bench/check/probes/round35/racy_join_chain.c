/* TRUTH: racy — B does not join A here (it returns at once), so main's join of B says nothing about A; A's `g = 1` races with main's `g = 2`. */
#include <pthread.h>
int g;
pthread_t ta;
void *A(void *a) { g = 1; return 0; }
void *B(void *a) { return 0; }
int main(void)
{
    pthread_t tb;
    pthread_create(&ta, 0, A, 0);
    pthread_create(&tb, 0, B, 0);
    pthread_join(tb, 0);
    g = 2;
    return g;
}
