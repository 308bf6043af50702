/* TRUTH: free — %m takes no argument and %p only prints the address, so fprintf never dereferences (void *)&pending; only the queue thread touches pending until join */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static char pending[32];

static void *queue(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        pending[i % 31] = (char)('a' + i % 26);
        usleep(100);
    }
    return NULL;
}

static void *complainer(void *arg)
{
    FILE *out = arg;
    for (int i = 0; i < 200; i++) {
        errno = EAGAIN;
        fprintf(out, "flush: %m (buffer %p)\n", (void *)pending);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    FILE *out = fopen("/dev/null", "w");
    if (!out)
        return 1;
    pthread_t a, b;
    pthread_create(&a, NULL, queue, NULL);
    pthread_create(&b, NULL, complainer, out);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    fclose(out);
    printf("%.31s\n", pending);
    return 0;
}
