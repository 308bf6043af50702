/* TRUTH: racy — main joins only the unrelated thread O (not the writer W) before creating the reader R; W's plain write of data and R's plain read are unordered. */
#include <pthread.h>
#include <stdio.h>
static int data;
static int other;
static int out;
static void *writer(void *arg) { data = 4; return arg; }
static void *otherf(void *arg) { other = 1; return arg; }
static void *reader(void *arg) { out = data; return arg; }
int main(void) {
    pthread_t w, o, r;
    pthread_create(&w, NULL, writer, NULL);
    pthread_create(&o, NULL, otherf, NULL);
    pthread_join(o, NULL);
    pthread_create(&r, NULL, reader, NULL);
    pthread_join(r, NULL);
    pthread_join(w, NULL);
    printf("%d %d\n", out, other);
    return 0;
}
