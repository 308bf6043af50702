/* TRUTH: racy — bf.a and bf.b are adjacent non-zero-width bit-fields, one memory location in C11; the two threads' writes to them conflict */
#include <pthread.h>
static struct { unsigned a : 4; unsigned b : 4; } bf;
static void *fa(void *arg)
{
    (void)arg;
    bf.a = 3;
    return NULL;
}
static void *fb(void *arg)
{
    (void)arg;
    bf.b = 5;
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, fa, NULL);
    pthread_create(&b, NULL, fb, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return bf.a + bf.b;
}
