/* TRUTH: free — both acceptors link their fresh conn into the global list with LIST_INSERT_HEAD (sys/queue.h) holding conns_mu (line 16); main walks the list after joining both. */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <sys/queue.h>

struct conn { int fd; LIST_ENTRY(conn) link; };
static LIST_HEAD(conn_list, conn) conns = LIST_HEAD_INITIALIZER(conns);
static pthread_mutex_t conns_mu = PTHREAD_MUTEX_INITIALIZER;

static void *acceptor(void *arg) {
    struct conn *c = malloc(sizeof *c);
    if (!c) return NULL;
    c->fd = (int)(long)arg;
    pthread_mutex_lock(&conns_mu);
    LIST_INSERT_HEAD(&conns, c, link); // @A
    pthread_mutex_unlock(&conns_mu);
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, acceptor, (void *)3);
    pthread_create(&b, NULL, acceptor, (void *)4);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    int n = 0;
    struct conn *c;
    LIST_FOREACH(c, &conns, link) n++;
    printf("%d\n", n);
    return 0;
}
