/* TRUTH: racy — localtime returns a pointer to one static struct tm that every call overwrites (C11 7.27.3: not required to avoid data races): one thread's localtime writes it (line 10) while the other reads tm->tm_hour / strftime reads it (line 12). */
#include <pthread.h>
#include <stdio.h>
#include <time.h>

static void *logger(void *arg) {
    int id = (int)(long)arg;
    time_t now = 1700000000 + id;
    char buf[64];
    struct tm *tmp = localtime(&now); // @A
    strftime(buf, sizeof buf, "%H:%M:%S", tmp);
    printf("[%d] %s %d\n", id, buf, tmp->tm_hour); // @B
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, logger, (void *)0);
    pthread_create(&b, NULL, logger, (void *)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
