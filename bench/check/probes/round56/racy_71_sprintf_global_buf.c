/* TRUTH: racy — both formatter threads sprintf() into the same global line buffer `line` without a lock; thread vs thread. */
#include <pthread.h>
#include <stdio.h>

static char line[64];

static void *format(void *arg)
{
    int v = (int)(long)arg;
    sprintf(line, "value=%d", v);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, format, (void *)1L);
    pthread_create(&b, NULL, format, (void *)2L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    puts(line);
    return 0;
}
