/* TRUTH: free — all session-table accesses happen between table_lock()/table_unlock() wrappers around one mutex */
#include <pthread.h>
#include <string.h>
#define MAXS 16
struct session { int id; int active; char user[16]; };
static struct session sessions[MAXS];
static int nsessions;
static pthread_mutex_t table_m = PTHREAD_MUTEX_INITIALIZER;
static void table_lock(void) { pthread_mutex_lock(&table_m); }
static void table_unlock(void) { pthread_mutex_unlock(&table_m); }
static int open_session(const char *user) {
    int id = -1;
    table_lock();
    if (nsessions < MAXS) {
        id = nsessions++;
        sessions[id].id = id;
        sessions[id].active = 1;
        strncpy(sessions[id].user, user, 15);
    }
    table_unlock();
    return id;
}
static void close_session(int id) {
    table_lock();
    if (id >= 0 && id < nsessions) sessions[id].active = 0;
    table_unlock();
}
static int count_active(void) {
    int n = 0;
    table_lock();
    for (int i = 0; i < nsessions; i++) n += sessions[i].active;
    table_unlock();
    return n;
}
static void *client(void *a) {
    const char *name = a;
    for (int i = 0; i < 3; i++) {
        int id = open_session(name);
        (void)count_active();
        close_session(id);
    }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, client, "alice");
    pthread_create(&b, NULL, client, "bob");
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return count_active();
}
