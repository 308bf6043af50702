/* TRUTH: racy — after posting, the producer read()s from /dev/zero into buf, overwriting it; main reads buf after its wait */
#include <fcntl.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
char buf[16];
sem_t s;
static void *prod(void *a) {
    int fd = open("/dev/zero", O_RDONLY);
    (void)a;
    buf[0] = 'x';
    sem_post(&s);
    usleep(50000);
    if (fd >= 0) {
        ssize_t r = read(fd, buf, sizeof buf);
        (void)r;
        close(fd);
    }
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    printf("%c\n", buf[0]);
    pthread_join(t, 0);
    return 0;
}
