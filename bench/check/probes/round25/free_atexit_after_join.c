/* TRUTH: race-free. summary() runs at exit, after main has joined both workers; the workers write distinct globals (a_done, b_done) and nothing else touches them until summary reads them. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

int a_done, b_done;

static void summary(void)
{
    printf("%d %d\n", a_done, b_done);
}

void *wa(void *arg) { (void)arg; a_done = 1; return NULL; }
void *wb(void *arg) { (void)arg; b_done = 1; return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, wa, NULL);
    pthread_create(&b, NULL, wb, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    atexit(summary);
    return 0;
}
