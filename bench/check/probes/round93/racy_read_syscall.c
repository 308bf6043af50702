// One thread fills the shared buffer with read() from /dev/zero while another
// thread reads the buffer -> race on buf[].
#include <pthread.h>
#include <fcntl.h>
#include <unistd.h>
#include <stdio.h>
static char buf[128];
static void *filler(void *arg) {
    (void)arg;
    int fd = open("/dev/zero", O_RDONLY);
    if (fd >= 0) { ssize_t n = read(fd, buf, sizeof buf); (void)n; close(fd); }
    return NULL;
}
static void *reader(void *arg) { *(int *)arg = buf[5]; return NULL; }
int main(void) {
    int r;
    pthread_t a, b;
    pthread_create(&a, NULL, filler, NULL);
    pthread_create(&b, NULL, reader, &r);
    pthread_join(a, NULL); pthread_join(b, NULL);
    printf("%d\n", r);
    return 0;
}
