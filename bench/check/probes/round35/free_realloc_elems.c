/* TRUTH: free — buf is grown with realloc before the threads start; t1 writes buf[0], t2 writes buf[3]: different elements. */
#include <pthread.h>
#include <stdlib.h>
int *buf;
void *t1(void *p) { buf[0] = 1; return 0; }
void *t2(void *p) { buf[3] = 2; return 0; }
int main(void)
{
    pthread_t a, b;
    buf = malloc(2 * sizeof *buf);
    buf = realloc(buf, 4 * sizeof *buf);
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return buf[0] + buf[3];
}
