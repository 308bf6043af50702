/* TRUTH: racy — a shared hit counter total_lookups is incremented inside the read-locked section (line 13); two readers hold the rwlock in read mode at once, so their total_lookups++ are unordered writes. */
#include <pthread.h>
#include <stdio.h>

static pthread_rwlock_t table_lock = PTHREAD_RWLOCK_INITIALIZER;
static int route_table[8];
static long lookups[2];
static long total_lookups;

static int route_lookup(int key) {
    pthread_rwlock_rdlock(&table_lock);
    int v = route_table[key & 7]; // @A
    total_lookups++; // @C
    pthread_rwlock_unlock(&table_lock);
    return v;
}

static void route_update(int key, int v) {
    pthread_rwlock_wrlock(&table_lock);
    route_table[key & 7] = v; // @B
    pthread_rwlock_unlock(&table_lock);
}

static void *reader(void *arg) {
    int id = (int)(long)arg;
    long sum = 0;
    for (int i = 0; i < 100; i++) {
        sum += route_lookup(i);
        lookups[id]++;
    }
    return (void *)sum;
}

static void *writer(void *arg) {
    (void)arg;
    for (int i = 0; i < 100; i++) route_update(i, i * 2);
    return NULL;
}

int main(void) {
    pthread_t r0, r1, w;
    pthread_create(&r0, NULL, reader, (void *)0);
    pthread_create(&r1, NULL, reader, (void *)1);
    pthread_create(&w, NULL, writer, NULL);
    pthread_join(r0, NULL);
    pthread_join(r1, NULL);
    pthread_join(w, NULL);
    printf("%ld\n", lookups[0] + lookups[1]);
    return 0;
}
