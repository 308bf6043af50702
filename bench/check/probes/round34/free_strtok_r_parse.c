/* TRUTH: free — each thread tokenizes its own local copy with strtok_r and a local save pointer (line 14); counts[id] is its own slot, read by main after join. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static const char *lines[2] = { "GET /a HTTP/1.1", "POST /b HTTP/1.0" };
static int counts[2];

static void *parse(void *arg) {
    int id = (int)(long)arg;
    char buf[64], *save = NULL;
    snprintf(buf, sizeof buf, "%s", lines[id]);
    int n = 0;
    for (char *tok = strtok_r(buf, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) // @A
        n++;
    counts[id] = n;
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, parse, (void *)0);
    pthread_create(&b, NULL, parse, (void *)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", counts[0], counts[1]);
    return 0;
}
