/* TRUTH: racy — both threads call ctime(), which writes a shared static string buffer, and print it */
#include <pthread.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static void log_event(const char *what)
{
    time_t t = time(NULL);
    char *s = ctime(&t);
    printf("%s at %s", what, s);
}

static void *worker(void *arg)
{
    for (int i = 0; i < 3; i++) {
        log_event(arg);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, "upload");
    pthread_create(&b, NULL, worker, "download");
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
