/* TRUTH: free — both handlers reached through the table touch store[] and store_size only under store_mu (line 13, line 19); each request struct is its own (main's locals &put_req/&get_req), written by main before create and read by main after join. */
#include <pthread.h>
#include <stdio.h>

struct req { int op; int key; int val; };

static pthread_mutex_t store_mu = PTHREAD_MUTEX_INITIALIZER;
static int store[8];
static int store_size;

static void h_get(struct req *r) {
    pthread_mutex_lock(&store_mu);
    r->val = store[r->key & 7]; // @A
    pthread_mutex_unlock(&store_mu);
}

static void h_put(struct req *r) {
    pthread_mutex_lock(&store_mu);
    store[r->key & 7] = r->val; // @B
    store_size++;
    pthread_mutex_unlock(&store_mu);
}

enum { OP_GET, OP_PUT };
static void (*const handlers[])(struct req *) = { [OP_GET] = h_get, [OP_PUT] = h_put };

static void *conn(void *arg) {
    struct req *r = arg;
    handlers[r->op](r);
    return NULL;
}

int main(void) {
    struct req put_req = { OP_PUT, 3, 42 }, get_req = { OP_GET, 3, 0 };
    pthread_t a, b;
    pthread_create(&a, NULL, conn, &put_req);
    pthread_create(&b, NULL, conn, &get_req);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", get_req.val, store_size);
    return 0;
}
