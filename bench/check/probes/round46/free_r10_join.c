/* TRUTH: free — main reads v only after joining the thread that writes *gp */
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

static int *gp;
static void *th(void *arg) { (void)arg; *gp = 1; return 0; }
int main(void) {
    pthread_t t;
    int v = 0;
    gp = &*&v;
    pthread_create(&t, 0, th, 0);
    pthread_join(t, 0);
    return v;
}
