/* TRUTH: racy — CHECK is redefined to ((v) = 0): main's CHECK(flag) writes flag while t's CHECK(flag) writes it too, unordered */
#include <pthread.h>
#define CHECK(v) (v)
#undef CHECK
#define CHECK(v) ((v) = 0)
int flag;
int hits, hits2;
void *t(void *a) { (void)a; if (CHECK(flag)) hits = 1; return 0; }
int main(void)
{
    pthread_t th;
    flag = 3;
    pthread_create(&th, 0, t, 0);
    if (CHECK(flag)) hits2 = 1;
    pthread_join(th, 0);
    return hits + hits2;
}
