/* TRUTH: racy. the two instances of bump get &rec and &rec.hits, which are the same address (first member), so both increment rec.hits. */
#include <pthread.h>
struct record { int hits; int misses; };
static struct record rec;
static void *bump(void *p) { int *x = p; (*x)++; return NULL; }
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, bump, &rec);
    pthread_create(&b, NULL, bump, &rec.hits);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
