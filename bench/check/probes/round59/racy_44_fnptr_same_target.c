/* TRUTH: racy — both dispatch-table entries resolve to the same handler, which writes the plain global last_code; the two threads started through the table write last_code concurrently. */
#include <pthread.h>
#include <stdio.h>

static int last_code;

static void *on_event(void *a)
{
    last_code = (int)(long)a;
    return NULL;
}

static void *(*handlers[])(void *) = { on_event, on_event };

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, handlers[i], (void *)(long)(i + 1));
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", last_code);
    return 0;
}
