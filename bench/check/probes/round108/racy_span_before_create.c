/* TRUTH: racy — counting down, main's sprintf(&buf[i], ...) also writes buf[i + 1] (the NUL),
   the element thread i + 1 (started in the previous pass) writes */
#include <pthread.h>
#include <stdio.h>

#define N 3
static char buf[N + 1];

static void *w(void *a)
{
    char *p = a;
    *p = 'x';
    return 0;
}

int main(void)
{
    pthread_t t[N];
    for (int i = N - 1; i >= 0; i--) {
        sprintf(&buf[i], "%c", 'y');
        pthread_create(&t[i], 0, w, &buf[i]);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    puts(buf);
    return 0;
}
