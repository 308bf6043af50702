/* TRUTH: racy — format_id() writes into one function-static buffer and returns it; both threads call it, so both write buf[] concurrently (and read it back). */
#include <pthread.h>
#include <stdio.h>

static char *format_id(int id)
{
    static char buf[16];
    snprintf(buf, sizeof buf, "id-%d", id);
    return buf;
}

static void *namer(void *a)
{
    char *s = format_id((int)(long)a);
    return (void *)(long)s[3];
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, namer, (void *)1L);
    pthread_create(&b, NULL, namer, (void *)2L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
