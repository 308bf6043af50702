/* TRUTH: free — each read() fills a different buffer: thread -> tbuf, main -> mbuf */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <wchar.h>
#include <locale.h>

char tbuf[8], mbuf[8];
int fd1, fd2;
static void *th(void *arg) {
    (void)arg;
    char *p = tbuf;
    (void)read(fd1, p, sizeof tbuf);
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    fd1 = open("/dev/zero", O_RDONLY);
    fd2 = open("/dev/zero", O_RDONLY);
    pthread_create(&t, 0, th, 0);
    char *q = mbuf;
    (void)read(fd2, q, sizeof mbuf);
    pthread_join(t, 0);
    return 0;
}
