/* TRUTH: racy — the sender write()s the stats struct through a 'const void *buf' job field while main updates gst.tx */
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct stats { long rx; long tx; };
static struct stats gst;

struct job { int fd; const void *buf; size_t len; };

static void *sender(void *arg)
{
    struct job *j = arg;
    for (int i = 0; i < 40; i++) {
        if (write(j->fd, j->buf, j->len) < 0)
            break;
        usleep(300);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    static struct job j;
    j.fd = open("/dev/null", O_WRONLY);
    j.buf = &gst;
    j.len = sizeof gst;
    pthread_create(&t, NULL, sender, &j);
    for (int i = 0; i < 40; i++) {
        gst.tx += 3;
        usleep(300);
    }
    pthread_join(t, NULL);
    close(j.fd);
    return 0;
}
