/* TRUTH: racy — thread 0 fills buf[0..5] and thread 1 fills buf[4..9]; buf[4] and buf[5] are written by both threads concurrently. */
#include <pthread.h>
#include <stdio.h>

static char buf[11];

struct range { int lo, hi; char c; };

static void *fill(void *arg)
{
    struct range *r = arg;
    for (int i = r->lo; i <= r->hi; i++)
        buf[i] = r->c;
    return NULL;
}

int main(void)
{
    struct range r0 = { 0, 5, 'a' }, r1 = { 4, 9, 'b' };
    pthread_t a, b;
    pthread_create(&a, NULL, fill, &r0);
    pthread_create(&b, NULL, fill, &r1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    puts(buf);
    return 0;
}
